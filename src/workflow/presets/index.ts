/** Ready-to-use workflows: the flows the CRM labs teach. */
export { fieldEvent } from './fieldEvent'
export { projectOpportunity } from './projectOpportunity'
export { serviceRepair } from './serviceRepair'
