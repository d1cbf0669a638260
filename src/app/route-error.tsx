import { isRouteErrorResponse, useRouteError } from 'react-router';
import { ErrorMessage } from './error-boundary';

/** The router's errorElement: a failed lazy chunk or loader shows a message, never a blank page. */
export function RouteError() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : String(error);
  return <ErrorMessage message={message} />;
}
