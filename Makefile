# A thin wrapper over meson: `make run` and `make check` are the two commands in the README.
BUILDDIR  ?= _build
ASANDIR   ?= _build-asan
MESON     ?= meson

# CI builds our own code with warnings as errors.
ifeq ($(CI),true)
WERROR := -Dwerror=true
endif

# Headless when there is no display, and a private D-Bus session (which also brings the
# accessibility bus) when there is none.
HEADLESS := $(if $(DISPLAY)$(WAYLAND_DISPLAY),,xvfb-run -a -s '-screen 0 1280x800x24 -noreset')
SESSION  := $(if $(DBUS_SESSION_BUS_ADDRESS),,dbus-run-session --)

.PHONY: all deps build run check check-asan bench screenshots clean

all: build

deps:
	@sh build-aux/install-deps.sh

$(BUILDDIR)/build.ninja:
	$(MESON) setup $(BUILDDIR) -Dprofile=development $(WERROR)

build: deps $(BUILDDIR)/build.ninja
	$(MESON) compile -C $(BUILDDIR)

run: build
	@if [ -z "$(DISPLAY)$(WAYLAND_DISPLAY)" ]; then \
	  echo "make run needs a graphical session (DISPLAY or WAYLAND_DISPLAY is not set)."; exit 1; fi
	$(MESON) devenv -C $(BUILDDIR) $(CURDIR)/$(BUILDDIR)/src/crabwise

check: build
	$(HEADLESS) $(SESSION) $(MESON) test -C $(BUILDDIR) --print-errorlogs
	$(MAKE) check-asan

$(ASANDIR)/build.ninja:
	$(MESON) setup $(ASANDIR) -Db_sanitize=address,undefined -Db_lundef=false \
	  -Dbuildtype=debug $(WERROR)

check-asan: deps $(ASANDIR)/build.ninja
	$(MESON) compile -C $(ASANDIR)
	$(HEADLESS) $(SESSION) $(MESON) test -C $(ASANDIR) --suite unit --suite ui --print-errorlogs \
	  --timeout-multiplier 5

bench: build
	$(HEADLESS) $(SESSION) $(MESON) test -C $(BUILDDIR) --benchmark --suite bench --print-errorlogs --verbose

clean:
	rm -rf $(BUILDDIR) $(ASANDIR)
