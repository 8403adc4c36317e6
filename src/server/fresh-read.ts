/**
 * A read shared by the callers that wait for it, each answered by a read that began after it
 * asked: the first caller starts one; callers that come while it runs share the next, which
 * starts when it ends. Under 50 concurrent requests the graph's change counter is read a few
 * times rather than 50, and no request is answered from a read older than itself (a change
 * committed before it asked is seen).
 */
export function freshRead<T>(read: () => Promise<T>): () => Promise<T> {
  let current: Promise<T> | undefined;
  let queued: Promise<T> | undefined;
  const start = (): Promise<T> => {
    const running: Promise<T> = read().finally(() => {
      if (current === running) current = undefined;
    });
    current = running;
    return running;
  };
  return () => {
    if (!current) return start();
    queued ??= current.then(
      () => undefined,
      () => undefined,
    ).then(() => {
      queued = undefined;
      return start();
    });
    return queued;
  };
}
