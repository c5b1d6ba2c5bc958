// A worker for the pool's own tests: answers { value } at once, spins forever on { spin: true }, dies on { exit: true }.
import { parentPort } from 'node:worker_threads'

parentPort.on('message', ({ jobs }) => {
  for (const { id, input } of jobs) {
    if (input.exit) process.exit(3)
    if (input.spin) for (;;) {}
    parentPort.postMessage({ id, result: { value: input.value } })
  }
})
parentPort.postMessage({ ready: true })
