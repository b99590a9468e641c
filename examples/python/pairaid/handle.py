"""The one owning wrapper every pairaid handle uses: close() frees it once, `with` closes it, and
__del__ frees what was never closed (so a dropped object does not leak, and an object closed twice
is freed once)."""

from __future__ import annotations

from ctypes import c_void_p

from .errors import ClosedHandleError


class Handle:
    """Owns one C handle. Subclasses name the C function that frees it in `_free`."""

    _free = ""  # e.g. "money_free" (the Native attribute, without the pairaid_ prefix)

    def __init__(self, native, pointer: c_void_p):
        self._native = native
        self._pointer = pointer

    @property
    def closed(self) -> bool:
        return not self._pointer.value

    def ptr(self) -> c_void_p:
        """The C handle, for passing to a C function; refuses a closed one."""
        if not self._pointer.value:
            raise ClosedHandleError(f"{type(self).__name__} is closed")
        return self._pointer

    def close(self) -> None:
        """Frees the C handle. Safe to call more than once."""
        if self._pointer.value:
            getattr(self._native, self._free)(self._pointer)
            self._pointer = c_void_p()

    def __enter__(self):
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def __del__(self) -> None:
        # At interpreter exit the library may already be unloaded: freeing is then moot.
        try:
            self.close()
        except Exception:  # noqa: BLE001 - a destructor must not raise
            pass


class Borrowed:
    """An object the library lends from a handle (a dataset's batch, a conversion's leg): never
    freed by us, valid only while its owner is open."""

    def __init__(self, native, pointer: c_void_p, owner: Handle):
        self._native = native
        self._pointer = pointer
        self._owner = owner

    def ptr(self) -> c_void_p:
        if self._owner.closed:
            raise ClosedHandleError(f"{type(self).__name__} outlived the {type(self._owner).__name__} that owns it")
        return self._pointer
