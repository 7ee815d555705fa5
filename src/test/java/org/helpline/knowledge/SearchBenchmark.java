package org.helpline.knowledge;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Search latency in-process (not a test; Surefire does not pick it up): p50/p99 over the eval questions against the
 * real articles, then against 10,000 synthetic articles made from the real articles' words. Target: p99 under 5 ms.
 * <pre>
 * ./mvnw -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     -Dexec.args="-cp %classpath org.helpline.knowledge.SearchBenchmark"
 * </pre>
 */
public final class SearchBenchmark {

    private static final int SYNTHETIC = 10_000;
    private static final int ROUNDS = 20;

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String[]> questions = questions();
        try (KnowledgeFixture kb = KnowledgeFixture.real()) {
            measure("real articles (" + kb.articles.count() + " documents)", kb, questions);
            addSynthetic(kb);
            measure("real + " + SYNTHETIC + " synthetic articles (" + kb.articles.count() + " documents)", kb, questions);
        }
    }

    private static void measure(String label, KnowledgeFixture kb, List<String[]> questions) {
        for (int i = 0; i < 3; i++) {
            questions.forEach(question -> kb.knowledge.find(question[1], question[0], 5));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] wall = new long[questions.size() * ROUNDS];
        long[] cpu = new long[wall.length];
        int n = 0;
        for (int round = 0; round < ROUNDS; round++) {
            for (String[] question : questions) {
                long startCpu = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                kb.knowledge.find(question[1], question[0], 5);
                wall[n] = System.nanoTime() - start;
                cpu[n++] = threads.getCurrentThreadCpuTime() - startCpu;
            }
        }
        System.out.printf("%s, %d searches:%n  wall time %s%n  CPU time  %s%n", label, wall.length,
                percentiles(wall), percentiles(cpu));
    }

    /** Wall time includes waiting for a CPU on a busy machine; CPU time is the search's own cost. */
    private static String percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format("p50 = %.2f ms, p99 = %.2f ms, max = %.2f ms", sorted[sorted.length / 2] / 1e6,
                sorted[(int) (sorted.length * 0.99)] / 1e6, sorted[sorted.length - 1] / 1e6);
    }

    /** Articles with the real articles' vocabulary in random order, so term statistics look like the real ones. */
    private static void addSynthetic(KnowledgeFixture kb) throws Exception {
        Map<String, List<String>> words = Map.of("ru", new ArrayList<>(), "en", new ArrayList<>());
        for (String lang : words.keySet()) {
            try (var files = Files.list(KnowledgeFixture.REAL_FOLDER.resolve(lang))) {
                for (var file : files.filter(path -> path.toString().endsWith(".md")).toList()) {
                    words.get(lang).addAll(List.of(Files.readString(file).split("\\s+")));
                }
            }
        }
        Random random = new Random(42);
        for (int i = 0; i < SYNTHETIC; i++) {
            String lang = i % 2 == 0 ? "ru" : "en";
            String id = "synthetic-" + i;
            List<String> vocabulary = words.get(lang);
            String markdown = """
                    ---
                    id: %s
                    title: %s
                    tags: [%s]
                    questions:
                      - %s
                      - %s
                    ---
                    %s
                    """.formatted(id, phrase(vocabulary, random, 5), phrase(vocabulary, random, 1).replaceAll("[\\[\\],]", ""),
                    phrase(vocabulary, random, 6), phrase(vocabulary, random, 6), phrase(vocabulary, random, 120));
            kb.articles.put(ArticleParser.parse(lang, id + ".md", markdown), lang + "/" + id + ".md");
        }
        kb.articles.reloaded();
    }

    private static String phrase(List<String> vocabulary, Random random, int words) {
        StringBuilder phrase = new StringBuilder();
        for (int i = 0; i < words; i++) {
            phrase.append(i == 0 ? "" : " ").append(vocabulary.get(random.nextInt(vocabulary.size()))
                    .replaceAll("[^\\p{L}\\p{N}]", ""));
        }
        return phrase.toString().isBlank() ? "текст" : phrase.toString();
    }

    private static List<String[]> questions() throws Exception {
        return Files.readAllLines(KnowledgeFixture.REAL_FOLDER.resolve("eval.tsv"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> line.split("\t")).toList();
    }
}
