/** Runs a check with forced-colors (high contrast) emulated, and always turns it off again. */
import { executeServerCommand } from '@web/test-runner-commands';

export async function withForcedColors(check: () => Promise<void> | void): Promise<void> {
  await executeServerCommand('emulate-forced-colors', { active: true });
  try {
    await check();
  } finally {
    await executeServerCommand('emulate-forced-colors', { active: false });
  }
}
