import * as migration_20261128_005206_initial from './20261128_005206_initial'

export const migrations = [
  {
    up: migration_20261128_005206_initial.up,
    down: migration_20261128_005206_initial.down,
    name: '20261128_005206_initial',
  },
]
