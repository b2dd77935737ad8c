/** What other workspaces' tests use from the tools. */
export { backupDatabase, restoreDatabase, tableFingerprint, type BackupManifest } from './backup';
export { newBackupKey } from './backup-crypto';
export { backupDocuments, checkDocuments, restoreDocuments, type DocumentCheck } from './backup-documents';
export { apiSchema } from './operations';
export { localKeys, signDevToken, type LocalKeys } from './dev-identity';
export {
  launch,
  type LaunchedProcess,
  platformEnvironment,
  type PlatformLayout,
  readyUrl,
  SERVICE_ENTRY,
  type ServiceName,
  stopAll,
  waitReady,
} from './launcher';
export { ensureBrowser, findBrowser, requireBrowser } from './browser';
export { launchBrowser, printReport, type ReportRequest } from './report';
