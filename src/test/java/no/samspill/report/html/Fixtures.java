package no.samspill.report.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** Small synthetic results directories, written by hand so the report is tested without simulating. */
final class Fixtures {
    private Fixtures() { }

    static void write(Path dir, String file, String text) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
    }

    /**
     * A run of variants PA and NPG, 5 replications, three metrics: NPG lowers hand-offs per episode by 1.1
     * (CI 1.0–1.2), raises meeting hours by 1500 from 1000 (+150 %), and changes episodes insignificantly.
     */
    static Path run(Path dir) throws IOException {
        write(dir, "manifest.json", """
                {"manifest_format":1,"samspill_version":"0.1.0","git_commit":"0123456789abcdef","git_dirty":false,
                 "command":["run","gov.yaml","--reps","5"],"scenario":{"path":"gov.yaml","sha256":"ab","name":"gov",
                 "description":"Two governance models side by side."},"overrides":[],"master_seed":7,"crn":true,
                 "replications":5,"variants":[{"name":"PA","resolved":{}},{"name":"NPG","resolved":{}}],
                 "runs":[],"counts":{"runs":10,"ok":10,"failed":0},"started":"2026-12-01T10:00:00Z",
                 "finished":"2026-12-01T10:01:00Z","wall_seconds":60.0,
                 "warnings":[{"code":"unit_queue_growing","variant":"NPG","unit":"home-care","message":"cases at home-care grew by 12 over the measured period","numbers":{"growth":12.0}},
                             {"code":"horizon_shorter_than_warmup","variant":null,"unit":null,"message":"the measured period is shorter than the warm-up","numbers":{}}]}
                """);
        write(dir, "summary.csv", """
                variant,metric,mean,sd,ci95_low,ci95_high,n
                PA,episodes,2000.0,20.0,1975.0,2025.0,5
                PA,handoffs_per_episode,3.5,0.1,3.38,3.62,5
                PA,hours_meetings,1000.0,50.0,938.0,1062.0,5
                NPG,episodes,2004.0,20.0,1979.0,2029.0,5
                NPG,handoffs_per_episode,2.4,0.1,2.28,2.52,5
                NPG,hours_meetings,2500.0,60.0,2425.0,2575.0,5
                """);
        write(dir, "paired.csv", """
                variant,baseline,metric,mean_diff,sd_diff,ci95_low,ci95_high,n
                NPG,PA,episodes,4.0,10.0,-8.4,16.4,5
                NPG,PA,handoffs_per_episode,-1.1,0.08,-1.2,-1.0,5
                NPG,PA,hours_meetings,1500.0,40.0,1450.0,1550.0,5
                """);
        StringBuilder ts = new StringBuilder("variant,replication,day,handoffs,trust_across_boundaries,reform_weight\n");
        Random rnd = new Random(3);
        for (String v : new String[] {"PA", "NPG"}) {
            for (int r = 1; r <= 5; r++) {
                for (int day = 30; day <= 360; day += 30) {
                    ts.append(v).append(',').append(r).append(',').append(day).append(".0,")
                            .append((v.equals("PA") ? 100 : 70) + rnd.nextInt(20)).append(".0,")
                            .append(0.4 + day / 1000.0 + rnd.nextDouble() * 0.02).append(",0.0\n");
                }
            }
        }
        write(dir, "timeseries.csv", ts.toString());
        StringBuilder units = new StringBuilder("variant,replication,unit,kind,servers,arrivals,completions,mean_wait_days,"
                + "mean_queue_length,mean_in_system,arrival_rate_per_day,mean_sojourn_days,utilisation,hours_total,hours_coordination\n");
        for (String v : new String[] {"PA", "NPG"}) {
            for (int r = 1; r <= 5; r++) {
                units.append(v).append(',').append(r).append(",home-care,HOME_CARE_ZONE,20,500,490,1.5,2.0,15.0,1.4,10.0,")
                        .append(0.7 + 0.01 * r).append(",30000.0,500.0\n");
                units.append(v).append(',').append(r).append(",\"ward,1\",HOSPITAL_WARD,10,300,298,NaN,0.0,8.0,0.8,10.0,")
                        .append(v.equals("PA") ? 0.8 : 0.9).append(",20000.0,300.0\n");
            }
        }
        write(dir, "units.csv", units.toString());
        write(dir, "runs.csv", "run_id,scenario,variant,replication,seed,status,error,episodes\n1,gov,PA,1,5,ok,,2000.0\n");
        return dir;
    }

    /** An experiment over two factors (one continuous, one with three levels), Sobol and Morris indices. */
    static Path experiment(Path dir, String kind) throws IOException {
        // the layout samspill experiment writes (docs/experiments.md)
        write(dir, "manifest.json", """
                {"manifest_format":1,"kind":"%s","samspill_version":"0.1.0","git_commit":"abc","git_dirty":false,
                 "command":["experiment","gov-study.yaml"],
                 "experiment":{"path":"gov-study.yaml","sha256":"e1","name":"gov-study","description":"A study."},
                 "scenario":{"path":"gov.yaml","sha256":"s1","name":"gov"},"variants":%s,"fixed_settings":[],
                 "factors":[{"path":"demand.referralRate","low":0.5,"high":1.5,"integer":false,"baseline":null},
                            {"path":"governance.handoffStyle","values":["A","B","C"],"baseline":null}],
                 "design":{"name":"latin_hypercube","parameters":{"n":30,"seed":3}},"points":30,"replications":2,
                 "seed":3,"crn":true,
                 "metrics":[{"name":"handoffs_per_episode","unit":"count","better":"lower"},
                            {"name":"cost_per_user_nok","unit":"NOK","better":"lower"}],
                 "shard":null,"status":"complete",
                 "runs":{"experiment_total":%d,"in_this_directory":%d,"finished":%d,"ok":%d,"failed":%d},
                 "timings":{"started":"2026-12-01T10:00:00Z","finished":"2026-12-01T10:05:00Z","wall_seconds":300.0,"threads":2}}
                """.formatted(kind, kind.equals("robustness") ? "[\"PA\",\"NPG\"]" : "[\"base\"]",
                kind.equals("robustness") ? 120 : 60, kind.equals("robustness") ? 120 : 60, kind.equals("robustness") ? 120 : 60,
                kind.equals("robustness") ? 118 : 59, kind.equals("robustness") ? 2 : 1));
        StringBuilder design = new StringBuilder("point,demand.referralRate,governance.handoffStyle\n");
        StringBuilder runs = new StringBuilder("run_id,point,variant,replication,seed,status,error,demand.referralRate,"
                + "governance.handoffStyle,handoffs_per_episode,cost_per_user_nok\n");
        StringBuilder summary = new StringBuilder("point,variant,demand.referralRate,governance.handoffStyle,metric,mean,sd,"
                + "ci95_low,ci95_high,n\n");
        Random rnd = new Random(5);
        String[] levels = {"A", "B", "C"};
        String[] variants = kind.equals("robustness") ? new String[] {"PA", "NPG"} : new String[] {"base"};
        int id = 1;
        for (int p = 1; p <= 30; p++) {
            double rate = 0.5 + (p - 0.5) / 30.0;
            String style = levels[p % 3];
            design.append(p).append(',').append(rate).append(',').append(style).append('\n');
            for (String v : variants) {
                for (int r = 1; r <= 2; r++) {
                    double h = 2 + 1.5 * rate + (style.equals("C") ? 0.8 : 0) + (v.equals("NPG") ? -0.3 : 0) + rnd.nextGaussian() * 0.1;
                    double c = 100000 + 20000 * rate + rnd.nextGaussian() * 1000;
                    boolean failed = p == 7 && r == 2;
                    runs.append(id++).append(',').append(p).append(',').append(v).append(',').append(r).append(",1,")
                            .append(failed ? "failed,\"boom, at seed 1\"" : "ok,").append(',').append(rate).append(',')
                            .append(style).append(',').append(failed ? "" : Double.toString(h)).append(',')
                            .append(failed ? "" : Double.toString(c)).append('\n');
                }
                summary.append(p).append(',').append(v).append(',').append(rate).append(',').append(style)
                        .append(",handoffs_per_episode,3.0,0.1,2.9,3.1,2\n");
            }
        }
        write(dir, "design.csv", design.toString());
        write(dir, "runs.csv", runs.toString());
        write(dir, "summary.csv", summary.toString());
        String v0 = variants[0];
        write(dir, "sensitivity.csv", """
                method,metric,factor,index,value,ci95_low,ci95_high,variant
                sobol,handoffs_per_episode,demand.referralRate,S1,0.62,0.55,0.69,V
                sobol,handoffs_per_episode,demand.referralRate,ST,0.66,0.58,0.74,V
                sobol,handoffs_per_episode,governance.handoffStyle,S1,0.30,0.24,0.37,V
                sobol,handoffs_per_episode,governance.handoffStyle,ST,0.33,0.27,0.40,V
                morris,cost_per_user_nok,demand.referralRate,mu,19000,,,V
                morris,cost_per_user_nok,demand.referralRate,mu_star,20000,,,V
                morris,cost_per_user_nok,demand.referralRate,sigma,1500,,,V
                morris,cost_per_user_nok,governance.handoffStyle,mu,100,,,V
                morris,cost_per_user_nok,governance.handoffStyle,mu_star,900,,,V
                morris,cost_per_user_nok,governance.handoffStyle,sigma,700,,,V
                """.replace("V\n", v0 + "\n"));
        if (kind.equals("robustness")) {
            write(dir, "robustness.csv", """
                    metric,variant,best_share,regret_mean,regret_median,regret_p90,regret_max,points,better
                    handoffs_per_episode,PA,0.1,0.28,0.3,0.4,0.5,30,lower
                    handoffs_per_episode,NPG,0.9,0.01,0.0,0.02,0.2,30,lower
                    """);
            write(dir, "prim.csv", """
                    metric,variant,box,factor,low,high,coverage,density,box_points,box_cases
                    handoffs_per_episode,NPG,1,demand.referralRate,1.2,,0.8,0.9,10,9
                    handoffs_per_episode,NPG,1,governance.handoffStyle,,,0.8,0.9,10,9
                    """);
        }
        return dir;
    }
}
