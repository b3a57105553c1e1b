// structuredClone is in every runtime src/shared runs on (browsers, Node ≥ 17, workers); its type
// lives in the DOM and Node typings, which the platform-neutral build does not load.

/** Deep copy by the HTML structured clone algorithm (WHATWG HTML §2.7). */
declare function structuredClone<T>(value: T): T;
