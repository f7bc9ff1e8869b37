import { afterAll } from 'vitest';
import { removeTemporaryDirs } from './helpers/report.js';

afterAll(() => removeTemporaryDirs());
