import { parentPort } from 'node:worker_threads'
import { createRenderer } from '../engine/renderSync'
import type { RenderInput } from '../types'

/** One renderer per worker thread: compiled templates stay cached between jobs. */
const renderer = createRenderer()
const port = parentPort
if (!port) throw new Error('renderWorker runs as a worker thread')

port.on('message', (message: { jobs: { id: number; input: RenderInput }[] }) => {
  for (const job of message.jobs) port.postMessage({ id: job.id, result: renderer.render(job.input) })
})
port.postMessage({ ready: true })
