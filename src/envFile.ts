// Loads a `.env` file from the working directory when there is one (variables already set win), for local runs.
import { existsSync } from 'node:fs';

export function loadEnvFile(path = '.env'): void {
  if (existsSync(path)) process.loadEnvFile(path);
}
