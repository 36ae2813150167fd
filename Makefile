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

VALGRIND := valgrind --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=definite \
	--show-leak-kinds=definite --track-origins=yes \
	--suppressions=/usr/share/glib-2.0/valgrind/glib.supp --suppressions=$(CURDIR)/tests/valgrind.supp

.PHONY: all deps build run check check-asan check-valgrind bench screenshots clean

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
	$(MAKE) check-valgrind
	$(MAKE) check-asan

# The core's unit suites again under memcheck: no invalid access, no definite leak.
check-valgrind: build
	$(MESON) test -C $(BUILDDIR) --suite unit --no-suite crash --print-errorlogs --timeout-multiplier 20 \
	  --wrapper '$(VALGRIND)' 

$(ASANDIR)/build.ninja:
	$(MESON) setup $(ASANDIR) -Db_sanitize=address,undefined -Db_lundef=false \
	  -Dbuildtype=debug $(WERROR)

check-asan: deps $(ASANDIR)/build.ninja
	$(MESON) compile -C $(ASANDIR)
	$(HEADLESS) $(SESSION) $(MESON) test -C $(ASANDIR) --suite unit --suite ui --print-errorlogs \
	  --timeout-multiplier 5

bench: build
	$(HEADLESS) $(SESSION) $(MESON) test -C $(BUILDDIR) --benchmark --suite bench --print-errorlogs --verbose

# PNGs of the main screens, light and dark, in _build/screenshots (the chosen ones are
# kept in data/screenshots/).
screenshots: build
	xvfb-run -a -s '-screen 0 1280x1600x24 -noreset' dbus-run-session -- env CRABWISE_CONTENT_DB=$(CURDIR)/$(BUILDDIR)/data/content/content.sqlite3 \
	  GSETTINGS_SCHEMA_DIR=$(CURDIR)/$(BUILDDIR)/data \
	  /usr/bin/python3 tests/e2e/screenshots.py $(BUILDDIR)/src/crabwise $(BUILDDIR)/screenshots

clean:
	rm -rf $(BUILDDIR) $(ASANDIR)
