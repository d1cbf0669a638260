import type { ReactNode } from 'react';
import { Link as FluentLink } from '@fluentui/react-components';
import { useHref, useLinkClickHandler, type To } from 'react-router';

/** A Fluent-styled link that navigates with the router (a real href, so it opens in a new tab too). */
export function RouterLink({ to, children, className }: { to: To; children: ReactNode; className?: string }) {
  const href = useHref(to);
  const handleClick = useLinkClickHandler<HTMLAnchorElement>(to);
  return (
    <FluentLink as="a" href={href} onClick={handleClick} className={className}>
      {children}
    </FluentLink>
  );
}
