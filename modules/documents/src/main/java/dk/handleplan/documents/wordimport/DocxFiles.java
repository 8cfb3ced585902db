package dk.handleplan.documents.wordimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Opens an uploaded file as a Word document only after checking it is one and that unpacking it stays
 * within bounds, so random bytes, old .doc files, other Office files and zip bombs are refused with a
 * Danish message instead of an exception from POI or an exhausted heap.
 */
final class DocxFiles {

    static final int MAX_FILE_BYTES = 25 * 1024 * 1024;
    static final long MAX_UNPACKED_BYTES = 256L * 1024 * 1024;
    static final int MAX_ENTRIES = 2000;
    /** Word's XML packs about 10:1; far beyond that on a large entry is a bomb. */
    static final int MAX_PACK_RATIO = 100;
    static final long RATIO_GRACE_BYTES = 1024 * 1024;

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};

    static final String NOT_DOCX = "Filen er ikke et Word-dokument (.docx).";

    private DocxFiles() {
    }

    static XWPFDocument open(InputStream in) {
        byte[] bytes = readLimited(in);
        if (bytes.length == 0) {
            throw new WordImportException("Filen er tom.");
        }
        if (startsWith(bytes, OLE2)) {
            throw new WordImportException("Filen er et ældre Word-dokument (.doc) eller beskyttet med adgangskode."
                    + " Gem den i Word som Word-dokument (.docx) uden adgangskode, og prøv igen.");
        }
        if (!startsWith(bytes, ZIP)) {
            throw new WordImportException(NOT_DOCX);
        }
        checkUnpackedSize(bytes);
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
            PackagePart main = pkg.getPartsByRelationshipType(PackageRelationshipTypes.CORE_DOCUMENT).stream()
                    .findFirst().orElse(null);
            if (main == null || !isWordMainPart(main.getContentType())) {
                throw new WordImportException(NOT_DOCX);
            }
            return new XWPFDocument(pkg);
        } catch (WordImportException e) {
            revert(pkg);
            throw e;
        } catch (Exception | StackOverflowError e) {
            // POI reports damaged or foreign files with many exception types; to the user they are all one.
            revert(pkg);
            throw new WordImportException(NOT_DOCX);
        }
    }

    private static boolean isWordMainPart(String contentType) {
        return contentType.contains("wordprocessingml.document.main")
                || contentType.contains("wordprocessingml.template.main")
                || contentType.startsWith("application/vnd.ms-word.");
    }

    private static void revert(OPCPackage pkg) {
        if (pkg != null) {
            pkg.revert();
        }
    }

    private static byte[] readLimited(InputStream in) {
        try {
            byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                throw new WordImportException("Filen er større end " + MAX_FILE_BYTES / (1024 * 1024) + " MB.");
            }
            return bytes;
        } catch (IOException e) {
            throw new WordImportException("Filen kunne ikke læses.");
        }
    }

    /** Unpacks every entry once, counting, and stops at the first sign of a bomb. */
    private static void checkUnpackedSize(byte[] bytes) {
        PositionStream raw = new PositionStream(bytes);
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        boolean hasContentTypes = false;
        try (ZipInputStream zip = new ZipInputStream(raw)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw tooBig();
                }
                hasContentTypes |= entry.getName().equals("[Content_Types].xml");
                long start = raw.position();
                long size = 0;
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    size += n;
                    total += n;
                    long packed = raw.position() - start + 1024; // the reader's look-ahead blurs the count a little
                    if (total > MAX_UNPACKED_BYTES || (size > RATIO_GRACE_BYTES && size > packed * MAX_PACK_RATIO)) {
                        throw tooBig();
                    }
                }
            }
        } catch (ZipException e) {
            throw new WordImportException(NOT_DOCX);
        } catch (IOException e) {
            throw new WordImportException(NOT_DOCX);
        }
        if (!hasContentTypes) {
            throw new WordImportException(NOT_DOCX);
        }
    }

    private static WordImportException tooBig() {
        return new WordImportException("Filen kan ikke læses sikkert: den fylder for meget, når den pakkes ud.");
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** A byte array stream that tells how far it has been read. */
    private static final class PositionStream extends ByteArrayInputStream {

        PositionStream(byte[] bytes) {
            super(bytes);
        }

        long position() {
            return pos;
        }
    }
}
