import * as migration_20261128_000425_initial from './20261128_000425_initial'

export const migrations = [
  {
    up: migration_20261128_000425_initial.up,
    down: migration_20261128_000425_initial.down,
    name: '20261128_000425_initial',
  },
]
