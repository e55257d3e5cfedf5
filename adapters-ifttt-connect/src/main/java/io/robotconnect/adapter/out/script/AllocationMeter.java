package io.robotconnect.adapter.out.script;

import java.lang.management.ManagementFactory;

/**
 * The bytes a thread has allocated so far, as HotSpot counts them; the community edition of GraalJS
 * has no heap limit of its own.
 */
final class AllocationMeter {
  private final com.sun.management.ThreadMXBean threads;

  AllocationMeter() {
    if (!(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean bean)
        || !bean.isThreadAllocatedMemorySupported()) {
      throw new IllegalStateException(
          "this JVM cannot count the memory a thread allocates; scripts need it for their limit");
    }
    if (!bean.isThreadAllocatedMemoryEnabled()) {
      bean.setThreadAllocatedMemoryEnabled(true);
    }
    threads = bean;
  }

  long allocatedBytes(Thread thread) {
    return threads.getThreadAllocatedBytes(thread.getId());
  }
}
