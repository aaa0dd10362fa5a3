package io.ftpsecurity.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Heap readings for the benchmark. "Retained" is the heap in use right after a full collection requested with
 * {@link System#gc()} (three times, to let reference processing settle): what is still reachable, independent of
 * when the collector would have run. "Peak" is the sum over heap pools of each pool's peak since the last reset;
 * pools peak at different moments, so it is an upper bound that depends on the collector and the maximum heap.
 */
public final class HeapProbe {

  private static final List<MemoryPoolMXBean> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
    .filter(pool -> pool.getType() == MemoryType.HEAP)
    .toList();

  private HeapProbe() {
  }

  public static long retained() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  public static void resetPeak() {
    HEAP_POOLS.forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  public static long peak() {
    return HEAP_POOLS.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
  }
}
