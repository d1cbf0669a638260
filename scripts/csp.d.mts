export const META_CONTENT_SECURITY_POLICY: string;
export const HEADER_CONTENT_SECURITY_POLICY: string;
