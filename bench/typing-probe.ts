/**
 * Runs inside the page under test (passed to page.evaluate, so it must stay self-contained).
 *
 * Latency of one keystroke = from the keydown's event timestamp (when the browser received the key,
 * so time spent queued behind other work counts) to the first task after the next frame that
 * follows the text insertion: beforeinput schedules a requestAnimationFrame, and the rAF callback
 * posts a MessageChannel message, which runs once that frame's style, layout and paint are done.
 */
export interface KeystrokeSample {
  /** keydown timestamp → after the next frame, in ms. */
  latency: number;
  /** keydown timestamp → keydown handlers start, in ms: time the key waited for the main thread. */
  inputDelay: number;
}

export interface LongTask {
  startTime: number;
  duration: number;
}

export interface TypingProbe {
  samples: KeystrokeSample[];
  longTasks: LongTask[];
  /** Resolves once `count` samples exist; rejects after timeoutMs. */
  waitForSamples(count: number, timeoutMs: number): Promise<void>;
  /** Forgets samples and long tasks so far (after warm-up). */
  reset(): void;
}

declare global {
  interface Window {
    __typingProbe?: TypingProbe;
  }
}

export function installTypingProbe(): void {
  if (window.__typingProbe) return;
  const waiters = new Set<() => void>();
  let pendingKey: { timeStamp: number; inputDelay: number } | null = null;

  const probe: TypingProbe = {
    samples: [],
    longTasks: [],
    waitForSamples(count, timeoutMs) {
      return new Promise<void>((resolve, reject) => {
        if (probe.samples.length >= count) return resolve();
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`No frame after keystroke ${count} within ${timeoutMs} ms (did the key reach the editor?)`));
        }, timeoutMs);
        function check() {
          if (probe.samples.length < count) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve();
        }
        waiters.add(check);
      });
    },
    reset() {
      probe.samples = [];
      probe.longTasks = [];
    },
  };

  document.addEventListener(
    'keydown',
    (event) => {
      pendingKey = { timeStamp: event.timeStamp, inputDelay: performance.now() - event.timeStamp };
    },
    true,
  );
  document.addEventListener(
    'beforeinput',
    () => {
      const key = pendingKey;
      if (!key) return;
      pendingKey = null;
      requestAnimationFrame(() => {
        const afterFrame = new MessageChannel();
        afterFrame.port1.onmessage = () => {
          probe.samples.push({ latency: performance.now() - key.timeStamp, inputDelay: key.inputDelay });
          for (const waiter of [...waiters]) waiter();
        };
        afterFrame.port2.postMessage(null);
      });
    },
    true,
  );
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTasks.push({ startTime: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask' });

  window.__typingProbe = probe;
}
