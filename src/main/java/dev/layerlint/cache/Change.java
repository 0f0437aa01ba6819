package dev.layerlint.cache;

import dev.layerlint.ast.Instruction;
import dev.layerlint.model.Stage;

/** Something that differs from the build that filled the cache. */
public sealed interface Change {
    /**
     * A context file's content or mode changed, or it appeared or disappeared (path relative to the context);
     * {@code leftContext}: it reached the earlier build but is ignored now (so a COPY that read it changes).
     */
    record FileChanged(String path, boolean leftContext) implements Change {
        public FileChanged(String path) {
            this(path, false);
        }
    }

    /**
     * A {@code --build-arg} got a different value; {@code how} is the verb phrase the reasons use ("changed",
     * or what makes it change, such as "is new every run (azure-pipelines.yml:16)").
     */
    record BuildArgChanged(String name, String how) implements Change {
        public BuildArgChanged(String name) {
            this(name, "changed");
        }
    }

    /** A base image moved to new content ({@code image} as written after FROM; null for every base image). */
    record BaseImageChanged(String image) implements Change {
    }

    /** An instruction's cache-relevant content changed (a Dockerfile edit), or it is new. */
    record InstructionEdited(Instruction instruction) implements Change {
    }

    /** No earlier build filled the cache: every stage starts from nothing ({@code why} says so). */
    record NoCache(String why) implements Change {
    }

    /**
     * The cache the build can see holds no steps of {@code stage} (a cache exported in min mode or inline keeps
     * the final image's layers only): the stage starts from nothing ({@code why} says so).
     */
    record StageNotCached(Stage stage, String why) implements Change {
    }

    /** A build secret's value changed (never part of a cache key). */
    record SecretChanged(String id) implements Change {
    }
}
