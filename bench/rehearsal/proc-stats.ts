// CPU time and memory of a child process from /proc (Linux), summed over its successive lives.
import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat; 100 on every Linux this runs on (getconf CLK_TCK). */
const CLK_TCK = 100;
const SAMPLE_MS = 500;

export interface ProcessTotals {
  /** User + system CPU seconds over every life of the process. */
  cpuSeconds: number;
  /** Wall seconds the process was watched (its lives). */
  wallSeconds: number;
  /** Peak resident set size seen, in MiB (VmHWM of each life). */
  peakRssMiB: number;
  /** Resident set size at the last sample, in MiB. */
  lastRssMiB: number;
  /** False when /proc could not be read (not Linux): the figures are then zeros. */
  available: boolean;
}

export interface ProcessSampler {
  watch(pid: number): void;
  sampleNow(): void;
  unwatch(): void;
  totals(): ProcessTotals;
}

export function createProcessSampler(): ProcessSampler {
  let pid: number | null = null;
  let timer: ReturnType<typeof setInterval> | undefined;
  let doneCpu = 0;
  let lifeCpu = 0;
  let doneWall = 0;
  let lifeStart = 0;
  let peak = 0;
  let last = 0;
  let available = true;

  function sampleNow(): void {
    if (pid === null) return;
    try {
      // Fields after the ")" of the command name: utime and stime are the 12th and 13th.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      lifeCpu = (Number(fields[11]) + Number(fields[12])) / CLK_TCK;
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const kib = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
      last = kib('VmRSS') / 1024;
      peak = Math.max(peak, kib('VmHWM') / 1024);
    } catch {
      available = available && process.platform === 'linux';
    }
  }

  return {
    watch(next) {
      pid = next;
      lifeCpu = 0;
      lifeStart = performance.now();
      timer = setInterval(sampleNow, SAMPLE_MS);
      timer.unref();
    },
    sampleNow,
    unwatch() {
      clearInterval(timer);
      if (pid === null) return;
      doneCpu += lifeCpu;
      doneWall += (performance.now() - lifeStart) / 1000;
      lifeCpu = 0;
      pid = null;
    },
    totals() {
      const wall = doneWall + (pid === null ? 0 : (performance.now() - lifeStart) / 1000);
      return {
        cpuSeconds: doneCpu + lifeCpu,
        wallSeconds: wall,
        peakRssMiB: peak,
        lastRssMiB: last,
        available,
      };
    },
  };
}
