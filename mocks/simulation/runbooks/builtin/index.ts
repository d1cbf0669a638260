/** The built-in runbooks, in runbooks.md §2 order (their ids are public: `?runbook=<id>`). */
import type { RunbookDocument } from '../types';
import { vmwareFailbackWeb01 } from './vmware-failback-web-01';

export const BUILT_IN_RUNBOOKS: readonly RunbookDocument[] = [vmwareFailbackWeb01];
