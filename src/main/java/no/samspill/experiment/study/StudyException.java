package no.samspill.experiment.study;

/** A directory or argument that does not fit the experiment (wrong --resume directory, shards that do not belong together). */
public class StudyException extends Exception {
    private static final long serialVersionUID = 1L;

    public StudyException(String message) { super(message); }
}
