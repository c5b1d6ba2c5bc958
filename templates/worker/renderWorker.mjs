// Entry of a template-render worker thread. Plain JavaScript so Node can start it in any host (tsx,
// vitest, or the Next.js server bundle, which never sees this file): it loads tsx and then the TypeScript
// worker beside it. The pool finds this file by path (see ../pool/workerFile.ts).
import { register } from 'tsx/esm/api'

register()
await import('./renderWorker.ts')
