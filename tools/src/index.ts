/** What other workspaces' tests use from the tools. */
export { backupDatabase, restoreDatabase, tableFingerprint, type BackupManifest } from './backup';
export { newBackupKey } from './backup-crypto';
export { apiSchema } from './operations';
export { ensureBrowser, findBrowser, requireBrowser } from './browser';
