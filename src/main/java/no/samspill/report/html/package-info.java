/**
 * report.html and its figures, drawn from a results directory's CSV files and manifest.json alone: reading the files
 * ({@link no.samspill.report.html.ResultsDir}), charts ({@link no.samspill.report.html.Charts}, JFreeChart 1.0.19,
 * headless), the planner summary ({@link no.samspill.report.html.PlannerSummary}) and the page sections for runs
 * ({@link no.samspill.report.html.RunReport}) and for experiments and robustness studies
 * ({@link no.samspill.report.html.StudyReport}). Depends only on the metric definitions, never on the model or the CLI.
 */
package no.samspill.report.html;
