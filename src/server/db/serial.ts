// A promise-chain lock: runs tasks one after another, so writers never interleave within this process.
export function createSerialQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return function run<T>(task: () => Promise<T>): Promise<T> {
    const result = tail.then(task, task);
    // The queue continues whatever the task's outcome; the caller still sees its error.
    tail = result.catch(() => undefined);
    return result;
  };
}
