import { Alert } from 'antd';
import type { CombinedError } from 'urql';

/** When the API gave neither data nor an error (a dropped connection): the one message of the console's own. */
export const NO_ANSWER = 'No answer from MagMatch: check the connection and try again / 未收到服务器应答，请检查网络后重试';

/** The API's own message for what went wrong (never a stack trace): the first GraphQL error, or the network's. */
export function errorText(error: CombinedError | Error): string {
  if ('graphQLErrors' in error && error.graphQLErrors.length > 0) return error.graphQLErrors[0]!.message;
  if ('networkError' in error && error.networkError) return error.networkError.message;
  return error.message;
}

export function ErrorAlert({ error }: { error: CombinedError | Error | null | undefined }) {
  if (!error) return null;
  return <Alert type="error" showIcon role="alert" title={errorText(error)} style={{ marginBottom: 16 }} />;
}
