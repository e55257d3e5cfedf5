package io.robotconnect.application.service;

import io.robotconnect.application.port.in.ListDeadLettersUseCase;
import io.robotconnect.application.port.in.Page;
import io.robotconnect.application.port.in.PageRequest;
import io.robotconnect.application.port.in.RetryDeadLettersUseCase;
import io.robotconnect.application.port.out.DeadLetter;
import io.robotconnect.application.port.out.OutboxChannel;
import io.robotconnect.application.port.out.OutboxRepository;
import io.robotconnect.application.port.out.UnitOfWork;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Lists the outbox's dead letters and sends them again at ops' request. */
public final class DeadLetterService implements ListDeadLettersUseCase, RetryDeadLettersUseCase {
  private static final Logger LOG = LoggerFactory.getLogger(DeadLetterService.class);

  private final OutboxRepository outbox;
  private final UnitOfWork unitOfWork;
  private final OutboxSignal signal;

  public DeadLetterService(OutboxRepository outbox, UnitOfWork unitOfWork, OutboxSignal signal) {
    this.outbox = outbox;
    this.unitOfWork = unitOfWork;
    this.signal = signal;
  }

  @Override
  public Page<DeadLetter> deadLetters(Optional<String> channel, PageRequest page) {
    channel.ifPresent(DeadLetterService::checkChannel);
    long after = page.cursor().map(PageCursors::decodeNumber).orElse(0L);
    List<DeadLetter> found =
        unitOfWork.inTransaction(() -> outbox.deadLetters(channel, after, page.limit() + 1));
    if (found.size() <= page.limit()) {
      return new Page<>(found, Optional.empty());
    }
    List<DeadLetter> items = found.subList(0, page.limit());
    String next = PageCursors.encode(Long.toString(items.get(items.size() - 1).id()));
    return new Page<>(items, Optional.of(next));
  }

  @Override
  public boolean retry(long id) {
    Optional<String> channel = unitOfWork.inTransaction(() -> outbox.revive(id));
    channel.ifPresent(
        c -> {
          LOG.info("outbox channel {}: dead letter {} retried by ops", c, id);
          wake(c);
        });
    return channel.isPresent();
  }

  @Override
  public int retryAll(String channel) {
    checkChannel(channel);
    int revived = unitOfWork.inTransaction(() -> outbox.reviveAll(channel));
    LOG.info("outbox channel {}: {} dead letters retried by ops", channel, revived);
    if (revived > 0) {
      wake(channel);
    }
    return revived;
  }

  /** Wakes the channel's workers; a channel this version does not know has none. */
  private void wake(String channel) {
    OutboxChannel.named(channel).ifPresent(signal::enqueued);
  }

  private static void checkChannel(String channel) {
    if (!OutboxChannel.isName(channel)) {
      throw new IllegalArgumentException("channel must be 1-50 of a-z, 0-9, '_', '.', '-'");
    }
  }
}
