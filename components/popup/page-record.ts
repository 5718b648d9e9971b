// Moved to components/page-record.ts: the side panel exports pages too.
export { recordFromState } from '../page-record';
