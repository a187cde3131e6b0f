import { useEffect, useState } from 'preact/hooks';

/** Anything with a current value and change notifications. */
export interface Subscribable<T> {
  get(): T;
  subscribe(listener: (value: T) => void): () => void;
}

/** Re-renders the component whenever the observable changes. */
export function useObservable<T>(source: Subscribable<T>): T {
  const [value, setValue] = useState(source.get);
  useEffect(() => {
    setValue(source.get());
    return source.subscribe(setValue);
  }, [source]);
  return value;
}
