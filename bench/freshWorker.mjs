// The worker thread bench/freshCalls.ts times fresh calls in (it says why).
import { parentPort, workerData } from 'node:worker_threads';
import { loadTs } from '../scripts/loadTs.mjs';

const { serveFreshCalls } = await loadTs('bench/freshCalls.ts');
serveFreshCalls(parentPort, workerData);
