/*
 * Single-node launcher around org.codelibs.elasticsearch.runner.ElasticsearchClusterRunner.
 *
 * Why not the runner's own main():
 *   - it derives the HTTP port as baseHttpPort + 1, silently moves to the next
 *     port when that one is busy, and refuses any port above 9299;
 *   - it swallows startup exceptions and exits 1 without printing anything;
 *   - node settings (network.host, discovery.type, ...) cannot be passed on
 *     the command line.
 *
 * Usage: java -cp 'JARS/*:LAUNCHER' ElasticsearchEngineMain BASE_PATH key=value...
 * Every key=value pair becomes a node setting (e.g. http.port=9250).
 */
import org.codelibs.elasticsearch.runner.ElasticsearchClusterRunner;

public final class ElasticsearchEngineMain {
    public static void main(final String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: ElasticsearchEngineMain BASE_PATH [key=value ...]");
            System.exit(2);
        }
        final String basePath = args[0];
        final java.util.Map<String, String> settings = new java.util.LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            final int eq = args[i].indexOf('=');
            if (eq <= 0) {
                System.err.println("bad setting (want key=value): " + args[i]);
                System.exit(2);
            }
            settings.put(args[i].substring(0, eq), args[i].substring(eq + 1));
        }
        final ElasticsearchClusterRunner runner = new ElasticsearchClusterRunner();
        runner.setMaxHttpPort(-1); // use http.port exactly as given
        runner.onBuild((index, builder) -> settings.forEach(builder::put));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                runner.close();
            } catch (final Exception e) {
                System.err.println("close failed: " + e);
            }
        }, "engine-shutdown"));
        try {
            runner.build("-basePath", basePath, "-numOfNode", "1", "-clusterName",
                    settings.getOrDefault("cluster.name", "engine"));
        } catch (final Throwable t) {
            System.err.println("ENGINE START FAILED");
            t.printStackTrace();
            System.exit(1);
        }
        while (!runner.isClosed()) {
            Thread.sleep(1000);
        }
    }
}
