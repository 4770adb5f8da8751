/*
 * Licensed to the Apache Software Foundation (ASF) under one
 * or more contributor license agreements.  See the NOTICE file
 * distributed with this work for additional information
 * regarding copyright ownership.  The ASF licenses this file
 * to you under the Apache License, Version 2.0 (the
 * "License"); you may not use this file except in compliance
 * with the License.  You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

package org.apache.jena.dboe.base.file;

import java.io.IOException;
import java.io.RandomAccessFile;

import org.apache.jena.atlas.RuntimeIOException;
import org.apache.jena.atlas.io.IO;

/** Implementation of {@link BinaryDataFile} using {@link RandomAccessFile}.
 *
 * <ul>
 * <li>Reads are served from a read-ahead buffer; no buffering of writes.
 * <li>Not thread-safe.
 * </ul>
 *
 *  @see BinaryDataFileWriteBuffered
 *
 * <p><b>Ladder:</b> this is Apache Jena 5.6.0's class of the same name (jena-dboe-base) with one change,
 * a read-ahead buffer of {@link #READ_AHEAD} bytes; it comes first on the class path and replaces
 * Jena's. TDB2 keeps each RDF term it cannot hold in its indexes (IRIs, strings) in its node file and
 * reads a term through Thrift, which asks for the term's header a byte or two at a time. Without a
 * buffer, each of those requests was a {@code seek} and a {@code read} system call: 15-20 µs per term
 * here, and a quarter of the time of listing 100,000 reviews in brief (docs/benchmarks.md, "Session of
 * 2026-12-04 (17:20-20:20)"). Now a term costs one read of the file, often none: terms written
 * together lie together. Every access to this class goes through {@link BinaryDataFileWriteBuffered},
 * which holds its lock for each call and flushes its pending writes before a read; a write or a
 * truncation here drops the buffer, so a read never sees bytes the file no longer holds.
 * {@code BinaryDataFileRandomAccessTest} fails when Jena's version changes: compare the new release's
 * class with this copy then.
 */
public class BinaryDataFileRandomAccess implements BinaryDataFile {
    /** Bytes read ahead from the position asked for (Ladder). */
    public static final int READ_AHEAD = 4096;
    // On OpenJDK, RandomAccessFile and FileChannelImpl both
    // dive into native code.
    protected RandomAccessFile file;
    protected boolean readMode;
    protected long readPosition;
    protected long writePosition;
    private final String filename;
    // Ladder: bytes [bufferStart, bufferStart + bufferLength) of the file; bufferStart < 0 when empty
    private final byte[] buffer = new byte[READ_AHEAD];
    private long bufferStart = -1;
    private int bufferLength = 0;

    public BinaryDataFileRandomAccess(String filename) {
       this.filename = filename;
    }

    @Override
    public void open() {
        if ( file != null )
            throw new RuntimeIOException("Already open");
        try {
            file = new RandomAccessFile(filename, "rw");
            writePosition = file.length();
            readPosition = 0;
            readMode = true;
            dropBuffer();
        }
        catch (IOException e) { IO.exception(e); }
    }

    @Override
    public boolean isOpen() {
        return file != null;
    }

    @Override
    public int read(long posn, byte[] b, int start, int length) {
        checkOpen();
        switchToReadMode();
        boolean buffered = bufferStart >= 0 && posn >= bufferStart && posn + length <= bufferStart + bufferLength;
        if ( ! buffered ) {
            if ( length > buffer.length )
                return readFile(posn, b, start, length);
            int x = readFile(posn, buffer, 0, buffer.length);
            if ( x <= 0 ) {
                dropBuffer();
                return x;
            }
            bufferStart = posn;
            bufferLength = x;
        }
        int n = (int)Math.min(length, bufferStart + bufferLength - posn);
        System.arraycopy(buffer, (int)(posn - bufferStart), b, start, n);
        return n;
    }

    // Jena's read, unbuffered.
    private int readFile(long posn, byte[] b, int start, int length) {
        seek(posn);
        try {
            int x = file.read(b, start, length);
            readPosition += x;
            return x;
        }
        catch (IOException ex) { IO.exception(ex); return -1; }
    }

    @Override
    public long write(byte[] b, int start, int length) {
        checkOpen();
        dropBuffer();
        switchToWriteMode();
        long x = writePosition;
        try {
            file.write(b, start, length);
            writePosition += length;
        }
        catch (IOException ex) { IO.exception(ex); }
        return x;
    }

    // Move the RandomAccess file pointer.
    private void seek(long posn) {
        try { file.seek(posn); }
        catch (IOException ex) { IO.exception(ex); }
    }

    @Override
    public void truncate(long length) {
        checkOpen();
        dropBuffer();
        switchToWriteMode();
        try { file.setLength(length); }
        catch (IOException ex) { IO.exception(ex); }
    }

    @Override
    public void sync() {
        checkOpen();
        flush$();
    }

    protected void flush$() {
        try { file.getFD().sync(); }
        catch (IOException ex) { IO.exception(ex); }
    }

    @Override
    public void close() {
        if ( ! isOpen() )
            return;
        dropBuffer();
        try { file.close(); }
        catch (IOException ex) { IO.exception(ex); }
        file = null;
    }

    @Override
    public long length() {
        try { return file.length();}
        catch (IOException ex) { IO.exception(ex); return -1 ;}
    }

    protected void switchToReadMode() {
        if ( ! readMode )
            readMode = true;
    }

    protected void switchToWriteMode() {
        if ( readMode ) {
            readMode = false;
            seek(writePosition);
        }
    }

    protected void checkOpen() {
        if ( ! isOpen() )
            throw new RuntimeIOException("Not open");
    }

    private void dropBuffer() {
        bufferStart = -1;
        bufferLength = 0;
    }
}
