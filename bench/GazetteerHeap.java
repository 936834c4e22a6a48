import dev.rustyevents.place.Gazetteer;
import java.lang.management.ManagementFactory;

/**
 * The Java heap the standard gazetteer retains once loaded, and how long the load took: the heap in
 * use after full collections before and after {@code Gazetteer.standard()}. Run from the repository
 * root on the compiled classes (a single-file program, JDK 11+):
 *
 * <pre>
 * ./mvnw -q compile -o
 * java -XX:+UseSerialGC -Xmx256m -cp target/classes bench/GazetteerHeap.java
 * </pre>
 *
 * Prints one line: {@code load N ms (N ms of CPU on the loading thread), retained N.N MB} (MB =
 * 1,048,576 bytes; the CPU time, which excludes the collector's threads, is steadier than the wall
 * clock on a busy machine). The RSS of a running
 * service is {@code bench/native-gazetteer-rss.sh}'s.
 */
public class GazetteerHeap {

    public static void main(String[] args) {
        long before = heapUsedAfterGc();
        var threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        Gazetteer gazetteer = Gazetteer.standard();
        long millis = (System.nanoTime() - start) / 1_000_000;
        long cpuMillis = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
        long after = heapUsedAfterGc();
        System.out.printf(
                "load %d ms (%d ms of CPU on the loading thread), retained %.1f MB (%d places)%n",
                millis, cpuMillis, (after - before) / 1048576.0, gazetteer.size());
    }

    private static long heapUsedAfterGc() {
        for (int i = 0; i < 5; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
