/* tslint:disable */
/* eslint-disable */
export const memory: WebAssembly.Memory;
export const start: (a: any) => void;
export const main: (a: number, b: number) => number;
export const wasm_bindgen__convert__closures_____invoke__h4a96dd2f26cd2bb9: (a: number, b: number, c: any) => [number, number];
export const wasm_bindgen__convert__closures________invoke__h282ab3e6896cc1f2: (a: number, b: number, c: any) => void;
export const wasm_bindgen__convert__closures_____invoke__h95a975d43412cdc5: (a: number, b: number) => void;
export const __wbindgen_malloc: (a: number, b: number) => number;
export const __wbindgen_realloc: (a: number, b: number, c: number, d: number) => number;
export const __wbindgen_free: (a: number, b: number, c: number) => void;
export const __wbindgen_exn_store: (a: number) => void;
export const __externref_table_alloc: () => number;
export const __wbindgen_externrefs: WebAssembly.Table;
export const __externref_drop_slice: (a: number, b: number) => void;
export const __wbindgen_destroy_closure: (a: number, b: number) => void;
export const __externref_table_dealloc: (a: number) => void;
export const __wbindgen_start: () => void;
