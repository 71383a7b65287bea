package org.storyline.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A typed chain of stages, checked as it is built: a stage whose requirements no earlier stage provides is
 * rejected with a message that says which stage to add first.
 *
 * <pre>{@code
 * Pipeline<RawArticle, Article> p = Pipeline.from(Set.of(Annotation.RAW), new Start())
 *         .then(new CleanStage())
 *         .then(new DatingStage());
 * }</pre>
 */
public final class Pipeline<I, O> implements Function<I, O> {
    private final List<String> names;
    private final Set<Annotation> provided;
    private final Function<I, O> body;

    private Pipeline(List<String> names, Set<Annotation> provided, Function<I, O> body) {
        this.names = List.copyOf(names);
        this.provided = Set.copyOf(provided);
        this.body = body;
    }

    /** Starts a pipeline whose input already carries {@code available}. */
    public static <I, O> Pipeline<I, O> from(Set<Annotation> available, Stage<I, O> first) {
        EnumSet<Annotation> have = available.isEmpty() ? EnumSet.noneOf(Annotation.class) : EnumSet.copyOf(available);
        check(have, first, List.of());
        have.addAll(first.provides());
        return new Pipeline<>(List.of(first.name()), have, first::apply);
    }

    /** Appends a stage after checking that everything it requires is provided by now. */
    public <P> Pipeline<I, P> then(Stage<? super O, P> next) {
        EnumSet<Annotation> have = provided.isEmpty() ? EnumSet.noneOf(Annotation.class) : EnumSet.copyOf(provided);
        check(have, next, names);
        have.addAll(next.provides());
        List<String> n = new ArrayList<>(names);
        n.add(next.name());
        Function<I, O> b = body;
        return new Pipeline<>(n, have, in -> next.apply(b.apply(in)));
    }

    private static void check(Set<Annotation> have, Stage<?, ?> stage, List<String> before) {
        EnumSet<Annotation> missing = EnumSet.noneOf(Annotation.class);
        for (Annotation a : stage.requires()) {
            if (!have.contains(a)) {
                missing.add(a);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("stage '" + stage.name() + "' requires " + missing
                    + ", which no earlier stage provides (stages so far: " + (before.isEmpty() ? "none" : String.join(" -> ", before))
                    + "); add a stage that provides " + missing + " before '" + stage.name() + "'");
        }
    }

    @Override
    public O apply(I input) {
        return body.apply(input);
    }

    /** Annotations available after the last stage. */
    public Set<Annotation> provided() {
        return provided;
    }

    /** Stage names in order. */
    public List<String> stageNames() {
        return names;
    }
}
