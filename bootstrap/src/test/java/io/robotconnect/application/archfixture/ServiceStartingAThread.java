package io.robotconnect.application.archfixture;

import java.util.Timer;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Violates the thread rule on purpose: a service that starts, sleeps and schedules by itself. */
public class ServiceStartingAThread {
  public void startInBackground(Runnable work) {
    new Thread(work, "background").start();
  }

  public void pause() throws InterruptedException {
    Thread.sleep(10);
  }

  public ExecutorService pool() {
    return Executors.newSingleThreadExecutor();
  }

  public Timer timer() {
    return new Timer("ticks", true);
  }
}
