import type { AnchorHTMLAttributes } from 'react';
import { Link, useInRouterContext } from 'react-router';

/**
 * A link to `to`, a path relative to the app's base (`present?tour=mine`): a router link inside
 * the app, a plain one under Vite's `BASE_URL` where no router runs.
 */
export function AppLink({
  to,
  children,
  ...rest
}: { readonly to: string } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'>) {
  const routed = useInRouterContext();
  return routed ? (
    <Link to={`/${to}`} {...rest}>
      {children}
    </Link>
  ) : (
    <a href={`${import.meta.env.BASE_URL}${to}`} {...rest}>
      {children}
    </a>
  );
}
