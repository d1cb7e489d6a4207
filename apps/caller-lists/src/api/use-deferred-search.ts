import { useEffect, useState } from "react";

const DELAY_MS = 300;

/** What the user types, and the same text once they pause: each keystroke is not a request. */
export function useDeferredSearch(): [string, (text: string) => void, string] {
  const [text, setText] = useState("");
  const [settled, setSettled] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => setSettled(text.trim()), DELAY_MS);
    return () => clearTimeout(timer);
  }, [text]);
  return [text, setText, settled];
}
