import type { Endpoint } from 'payload'
import { classDetailEndpoint } from './classDetail'
import { closeClassEndpoint } from './closeClass'
import { createClassEndpoint } from './createClassEndpoint'
import { listClassesEndpoint } from './listClasses'
import { resetGroupEndpoint } from './resetGroupEndpoint'
import { restoreSnapshotEndpoint } from './restoreSnapshot'
import { createSnapshotEndpoint, listSnapshotsEndpoint } from './snapshots'

/** The teacher's console API (docs/labs.md, "Teacher's console API"); root endpoints under /api/labs. */
export const labEndpoints: Endpoint[] = [
  listClassesEndpoint,
  createClassEndpoint,
  classDetailEndpoint,
  closeClassEndpoint,
  resetGroupEndpoint,
  listSnapshotsEndpoint,
  createSnapshotEndpoint,
  restoreSnapshotEndpoint,
]
