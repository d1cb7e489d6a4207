import { useMutation } from "@tanstack/react-query";
import { useCallback, useRef } from "react";
import { describeError } from "../api/describe-error";
import type { Failure } from "../api/describe-error";
import type { FlashMessage } from "./use-flash-messages";

export interface FlashActionOptions<Input, Result> {
  /** The API call(s) the action makes. */
  run: (input: Input) => Promise<Result>;
  /** The flash once it succeeded; none for null (e.g. the page navigates away with its own). */
  success?: (result: Result, input: Input) => FlashMessage | null;
  /** The flash once it failed; by default the failure's title and message as an error. */
  failure?: (failure: Failure, input: Input, error: unknown) => FlashMessage | null;
}

export interface FlashAction<Input, Result> {
  /** Runs the action; resolves with its result, or undefined once the failure is flashed. */
  run: (input: Input) => Promise<Result | undefined>;
  running: boolean;
}

export const failureFlash = (failure: Failure): FlashMessage => ({ type: "error", header: failure.title, content: failure.message });

/** An async action with its progress (`running`), ending in a success or error flash on the page. */
export function useFlashAction<Input = void, Result = void>(
  show: (message: FlashMessage) => void,
  options: FlashActionOptions<Input, Result>,
): FlashAction<Input, Result> {
  // Flash buttons (Retry, Sign in) call back later: they must see the page's state as it is then.
  const latest = useRef(options);
  latest.current = options;
  const mutation = useMutation({ mutationFn: (input: Input) => latest.current.run(input) });
  const { mutateAsync } = mutation;

  const run = useCallback(
    async (input: Input): Promise<Result | undefined> => {
      try {
        const result = await mutateAsync(input);
        const message = latest.current.success?.(result, input);
        if (message) show(message);
        return result;
      } catch (error) {
        const failure = describeError(error);
        const message = latest.current.failure ? latest.current.failure(failure, input, error) : failureFlash(failure);
        if (message) show(message);
        return undefined;
      }
    },
    [mutateAsync, show],
  );
  return { run, running: mutation.isPending };
}
