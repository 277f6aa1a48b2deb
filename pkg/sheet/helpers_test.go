package sheet

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf16"
)

// writeTestFile writes data to a new file in a temporary directory and
// returns its path.
func writeTestFile(t *testing.T, name string, data []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// openTest opens path and closes the book when the test ends.
func openTest(t *testing.T, path string, opts Options) *Book {
	t.Helper()
	book, err := Open(path, opts)
	if err != nil {
		t.Fatalf("Open(%q): %v", path, err)
	}
	t.Cleanup(func() { book.Close() })
	return book
}

// scanAll returns every row of a sheet.
func scanAll(t *testing.T, book *Book, sheet string) []Row {
	t.Helper()
	var rows []Row
	err := book.Scan(sheet, func(r Row) error {
		rows = append(rows, r)
		return nil
	})
	if err != nil {
		t.Fatalf("Scan(%q): %v", sheet, err)
	}
	return rows
}

// Markers of the compound file format (MS-CFB).
const (
	cfbFreeSector = 0xFFFFFFFF
	cfbEndOfChain = 0xFFFFFFFE
	cfbFATSector  = 0xFFFFFFFD
	cfbNoStream   = 0xFFFFFFFF
)

// newCompoundFile builds a version 3 compound file whose root storage holds
// one empty stream with the given name. Sector 0 is the FAT and sector 1 the
// directory, which is all a reader needs to list the stream names.
func newCompoundFile(stream string) []byte {
	const sectorSize = 512
	data := make([]byte, sectorSize*3)
	le := binary.LittleEndian

	header := data[:sectorSize]
	copy(header, oleMagic)
	le.PutUint16(header[24:], 0x003E) // minor version
	le.PutUint16(header[26:], 3)      // major version
	le.PutUint16(header[28:], 0xFFFE) // byte order
	le.PutUint16(header[30:], 9)      // sector size 2^9
	le.PutUint16(header[32:], 6)      // mini sector size 2^6
	le.PutUint32(header[44:], 1)      // number of FAT sectors
	le.PutUint32(header[48:], 1)      // first directory sector
	le.PutUint32(header[56:], 4096)   // mini stream cutoff
	le.PutUint32(header[60:], cfbEndOfChain)
	le.PutUint32(header[68:], cfbEndOfChain)
	for i := range 109 {
		le.PutUint32(header[76+4*i:], cfbFreeSector)
	}
	le.PutUint32(header[76:], 0) // the FAT is sector 0

	fat := data[sectorSize : 2*sectorSize]
	for i := range sectorSize / 4 {
		le.PutUint32(fat[4*i:], cfbFreeSector)
	}
	le.PutUint32(fat[0:], cfbFATSector)
	le.PutUint32(fat[4:], cfbEndOfChain)

	dir := data[2*sectorSize:]
	putDirEntry(dir[0:128], "Root Entry", 5, 1)
	putDirEntry(dir[128:256], stream, 2, cfbNoStream)
	putDirEntry(dir[256:384], "", 0, cfbNoStream)
	putDirEntry(dir[384:512], "", 0, cfbNoStream)
	return data
}

// putDirEntry fills a 128-byte directory entry of an empty storage or stream.
func putDirEntry(entry []byte, name string, objectType byte, child uint32) {
	le := binary.LittleEndian
	units := utf16.Encode([]rune(name))
	for i, u := range units {
		le.PutUint16(entry[2*i:], u)
	}
	if name != "" {
		le.PutUint16(entry[64:], uint16(2*len(units)+2))
	}
	entry[66] = objectType
	entry[67] = 1 // black
	le.PutUint32(entry[68:], cfbNoStream)
	le.PutUint32(entry[72:], cfbNoStream)
	le.PutUint32(entry[76:], child)
	le.PutUint32(entry[116:], cfbEndOfChain)
}
