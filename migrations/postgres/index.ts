import * as migration_20261128_010258_initial from './20261128_010258_initial';
import * as migration_20261128_011544_public_pool from './20261128_011544_public_pool';

export const migrations = [
  {
    up: migration_20261128_010258_initial.up,
    down: migration_20261128_010258_initial.down,
    name: '20261128_010258_initial',
  },
  {
    up: migration_20261128_011544_public_pool.up,
    down: migration_20261128_011544_public_pool.down,
    name: '20261128_011544_public_pool'
  },
];
