/** Rules and formulas that depend on themselves, through other fields or sections: forms they would lock. */
export { describeCycle, findCycles } from './findCycles'
export { type Dependency, schemaDependencies, sectionDependencies } from './ruleGraph'
