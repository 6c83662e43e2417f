package org.gongkai.pipeline;

/**
 * Told how far a build has come, so that a long build can show it. Called from many threads at
 * once; implementations must be thread-safe and cheap.
 */
public interface Progress {
    /** Does nothing: for tests and quiet runs. */
    Progress NONE =
            new Progress() {
                @Override
                public void start(String what, int total) {}

                @Override
                public void advance() {}

                @Override
                public void done() {}
            };

    /** A stage of {@code total} steps begins ({@code what} names it: "disclosures", "pages"). */
    void start(String what, int total);

    /** One more step is done. */
    void advance();

    /** The stage is finished. */
    void done();

    /** Another build is writing into {@code output}: this one waits until it is done. */
    default void waiting(java.nio.file.Path output) {}
}
