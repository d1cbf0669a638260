/** api-version rules of docs/api.md §1 (check #1 of §5). */
import { armError } from './arm-error';
import type { ParsedRequest } from './request';

/** Site Recovery api-versions, from the spec's readme (docs/api.md §1). */
export const SITE_RECOVERY_API_VERSIONS = [
  '2016-08-10', '2018-01-10', '2018-07-10', '2021-02-10', '2021-03-01', '2021-04-01', '2021-06-01',
  '2021-07-01', '2021-08-01', '2021-10-01', '2021-11-01', '2021-12-01', '2022-01-01', '2022-02-01',
  '2022-03-01', '2022-04-01', '2022-05-01', '2022-08-01', '2022-09-10', '2022-10-01', '2023-01-01',
  '2023-02-01', '2023-04-01', '2023-06-01', '2023-08-01', '2024-01-01', '2024-02-01', '2024-04-01',
  '2024-10-01', '2025-01-01', '2025-02-01', '2025-08-01', '2026-01-01', '2026-02-01', '2026-05-01',
  '2026-03-31-preview',
]; // prettier-ignore

const WELL_FORMED = /^\d{4}-\d{2}-\d{2}(-preview)?$/;

/**
 * An error response when the request's api-version is unacceptable, else null. `resourceType` is
 * set for Site Recovery routes (their version list is enforced); vault and subscription routes
 * accept any well-formed version.
 */
export function checkApiVersion(
  req: ParsedRequest,
  resourceType: string | null,
  location: string,
): Response | null {
  const version = req.query.get('api-version');
  if (version === undefined || version === '')
    return armError(
      400,
      'MissingApiVersionParameter',
      'The api-version query parameter (?api-version=) is required for all requests.',
    );
  const list = SITE_RECOVERY_API_VERSIONS.join(', ');
  if (!WELL_FORMED.test(version))
    return armError(
      400,
      'InvalidApiVersionParameter',
      `The api-version '${version}' is invalid. The supported versions are '${list}'.`,
    );
  if (resourceType && !SITE_RECOVERY_API_VERSIONS.includes(version.toLowerCase()))
    return armError(
      400,
      'NoRegisteredProviderFound',
      `No registered resource provider found for location '${location}' and API version '${version}' for type '${resourceType}'. The supported api-versions are '${list}'.`,
    );
  return null;
}
