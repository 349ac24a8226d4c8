import { App } from 'antd';
import { useCallback } from 'react';
import type { AnyVariables, DocumentInput, OperationResult } from 'urql';
import { useMutation } from 'urql';
import { errorText, NO_ANSWER } from './error-alert.tsx';

/**
 * A mutation that tells the user how it went: the API's message on failure, `done` on success. Resolves to
 * the data, or null after a failure, so a form stays as it was.
 */
export function useAction<Data, Variables extends AnyVariables>(document: DocumentInput<Data, Variables>, done?: string) {
  const [state, execute] = useMutation<Data, Variables>(document);
  const { message } = App.useApp();
  const run = useCallback(
    async (variables: Variables): Promise<Data | null> => {
      const result: OperationResult<Data, Variables> = await execute(variables);
      if (result.error || !result.data) {
        message.error(result.error ? errorText(result.error) : NO_ANSWER);
        return null;
      }
      if (done) message.success(done);
      return result.data;
    },
    [execute, message, done],
  );
  return [run, state.fetching] as const;
}
