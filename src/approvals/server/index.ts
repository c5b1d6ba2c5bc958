/** The approval system's server side: endpoints, the record lock, and `startApproval` for other features. */
export { approvalEndpoints } from './endpoints'
export { refuseLockedDelete, refuseLockedUpdate } from './lockHooks'
export { type StartApproval, startApproval } from './startApproval'
